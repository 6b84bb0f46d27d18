package cn.js.pilotzone.application.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import cn.js.pilotzone.application.form.FormContent;

@Converter
class FormContentConverter implements AttributeConverter<FormContent, String> {

    @Override
    public String convertToDatabaseColumn(FormContent content) {
        return content == null ? null : Json.write(content);
    }

    @Override
    public FormContent convertToEntityAttribute(String json) {
        return json == null ? FormContent.empty() : Json.read(json, FormContent.class);
    }
}
