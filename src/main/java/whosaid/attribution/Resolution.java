package whosaid.attribution;

/**
 * A resolver's answer that ends the chain: the entity a mention refers to, or {@link #NOBODY} when the resolver
 * knows the mention but the text offers no one. A resolver that does not know the mention answers null instead.
 */
record Resolution(ArticleEntity entity) {
    static final Resolution NOBODY = new Resolution(null);

    /** The entity found, or null (pass on) when none was. */
    static Resolution found(ArticleEntity e) {
        return e == null ? null : new Resolution(e);
    }
}
