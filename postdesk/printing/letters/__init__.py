"""Letters on the office letterhead: text from Jinja2 templates, PDF from reportlab.

Generic on purpose (letterhead, addressee, date, number, body paragraphs, signature): answers to
feedback, debt reminders, offers and notices all use the same two calls,
:func:`~postdesk.printing.letters.templates.render_paragraphs` and
:func:`~postdesk.printing.letters.render.render_letter`.
"""
