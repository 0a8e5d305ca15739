package tm.relations.loading;

/**
 * A load script as recorded in the graph once applied.
 *
 * @param name e.g. {@code V0100__Entities}
 * @param checksum CRC32 of its content
 * @param installedOn ISO-8601 timestamp of when it was (last) applied
 */
public record AppliedScript(String name, String checksum, String installedOn) {
}
