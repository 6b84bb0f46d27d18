package cn.js.pilotzone.workspace.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.common.ErrorMessages;
import cn.js.pilotzone.common.NotFoundException;

/**
 * Every failure ends on one error page in the user's language, with a status that says what kind
 * of failure it was and never a stack trace.
 */
@ControllerAdvice
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 429, 500);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object key = request.getAttribute(ErrorMessages.ATTRIBUTE);
        return page(status, key instanceof String text ? text : null, new Object[0]);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, null, new Object[0]);
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException exception) {
        return page(HttpStatus.CONFLICT, exception.messageKey(), exception.arguments());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale() {
        return page(HttpStatus.CONFLICT, "error.stale", new Object[0]);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.bind.MethodArgumentNotValidException.class})
    ModelAndView malformed() {
        return page(HttpStatus.BAD_REQUEST, null, new Object[0]);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed() {
        return page(HttpStatus.METHOD_NOT_ALLOWED, null, new Object[0]);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource() {
        return page(HttpStatus.NOT_FOUND, null, new Object[0]);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, null, new Object[0]);
    }

    static ModelAndView page(HttpStatusCode status, String messageKey, Object[] arguments) {
        int code = status.value();
        String titleKey = EXPLAINED.contains(code) ? "error.title." + code : "error.title.other";
        Map<String, Object> model = new HashMap<>();
        model.put("status", code);
        model.put("titleKey", titleKey);
        model.put("messageKey", messageKey != null ? messageKey
                : EXPLAINED.contains(code) ? "error.message." + code : "error.message.other");
        model.put("messageArguments", arguments);
        ModelAndView view = new ModelAndView("error", model);
        view.setStatus(HttpStatus.valueOf(code));
        return view;
    }
}
