package io.verbo.corpus;

import java.io.Serializable;

/**
 * One row of the rejects dataset.
 *
 * @param source the file it came from
 * @param position where in the file (see {@link RawRecord#position()})
 * @param reason why it was rejected
 * @param detail explanation for a human
 * @param docId the id when one was known, else null
 * @param raw the raw content, truncated
 */
public record RejectedRecord(
    String source, long position, RejectReason reason, String detail, String docId, String raw)
    implements Serializable {}
