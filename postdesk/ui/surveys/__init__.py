"""The Quality page: questionnaires, answers at the counter and on paper, results, the club."""
