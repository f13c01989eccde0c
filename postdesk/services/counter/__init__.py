"""The counter: batch lists, weighing, acceptance, identifiers, pricing and the batch's documents."""
