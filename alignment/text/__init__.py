"""Text: reading documents, finding their blocks, segmenting them into sentences and claims, normalising words.

Owns ``reading`` (files, standard input and strings to :class:`~alignment.text.reading.Document`: limits and
encodings), ``readers`` (the input formats: txt, md, html, pdf, docx, and which one a file is in), ``blocks``
(paragraphs, list items, table rows, headings), ``segment`` (sentences and claims, with offsets), ``normalize``
(word folding and stemming), ``quotemarks`` (the one quotation-mark scanner that blocks, segmentation and quote
extraction share) and ``nlp`` (loading the spaCy pipeline). It may import ``lang``, ``model``, ``config`` and
``errors``.
"""
