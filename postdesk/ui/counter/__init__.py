"""The counter: clients\x27 drafts, weighing, acceptance and the accepted batch\x27s documents."""
