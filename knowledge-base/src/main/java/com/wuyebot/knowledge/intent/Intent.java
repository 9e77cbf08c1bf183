package com.wuyebot.knowledge.intent;

/**
 * What a resident mainly wants from one message. The label rule: a first report of a live fault is
 * {@link #REPAIR} even when the resident is angry; a fault reported again with "到底管不管" is
 * {@link #COMPLAINT}; a question about one earlier ticket is {@link #PROGRESS}. Urgency is a separate
 * flag ({@link Classification#urgent()}), not an intent.
 */
public enum Intent {
    /** A question the knowledge base may answer (fees, rules, opening hours, procedures). */
    FAQ,
    /** A first report of something broken: open a repair ticket. */
    REPAIR,
    /** A grievance about neighbours, service, staff, or a fault that is not fixed: open a complaint. */
    COMPLAINT,
    /** The resident asks for a person. */
    HUMAN,
    /** A question about an earlier ticket. */
    PROGRESS,
    /** Hello, thanks, goodbye and other small talk. */
    GREETING,
    /** An idea for doing something better. */
    SUGGESTION,
    /** Thanks or praise for the service or for named staff. */
    PRAISE,
    /** Anything else (unrelated chat, advertising, gibberish). */
    OTHER
}
