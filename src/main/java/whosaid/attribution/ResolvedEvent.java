package whosaid.attribution;

/** A speech event whose subject mention has been resolved to an entity of the article (null when unresolved). */
record ResolvedEvent(SpeechEvent event, ArticleEntity speaker) {
}
