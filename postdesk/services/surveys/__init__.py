"""Questionnaires: design with versions, answers from every channel, scores, the clients' club."""
