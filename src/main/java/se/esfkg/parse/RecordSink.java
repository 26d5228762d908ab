package se.esfkg.parse;

/**
 * Where readers push records, as Jena parsers push into a StreamRDF: a page yields one record, a
 * CSV export one per row. Readers never hold a whole corpus.
 */
@FunctionalInterface
public interface RecordSink {

    void record(ProjectRecord record);
}
