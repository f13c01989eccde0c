"""The feedback register: complaints, suggestions and reviews, their clock and their answers."""
