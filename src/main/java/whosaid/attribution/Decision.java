package whosaid.attribution;

/** What a sieve decided for one quotation: who, through which words, by which rule, how sure. */
record Decision(ArticleEntity speaker, String mention, String cue, SieveName sieve, double confidence) {
}
