package se.esfkg.testing;

import se.esfkg.knowledge.KnowledgeBase;

/** The knowledge base shipped with esf-kg, loaded once for the tests of one JVM. */
public final class Knowledge {

    public static final KnowledgeBase SHIPPED = KnowledgeBase.load();

    private Knowledge() {
    }
}
