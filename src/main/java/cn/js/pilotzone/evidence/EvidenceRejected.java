package cn.js.pilotzone.evidence;

import cn.js.pilotzone.common.DomainException;

/** An uploaded file was refused: empty, too large, of a type not accepted, or unsafe to open. */
public class EvidenceRejected extends DomainException {

    EvidenceRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
