package org.cadre.shared;

/**
 * A request that breaks a rule of the domain (over the approved count, unit already dissolved…). It carries a
 * message key and arguments so that the person reads it in their language; it changes nothing.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The same, attached to one field of the form the person filled in. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public String field() {
        return field;
    }
}
