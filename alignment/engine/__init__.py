"""The engine: everything that compares two segmented documents.

Owns ``match`` (pair scores), ``align`` (the alignment rules), ``linking`` (the learned link model and its weight
files), ``statuses`` (share -> status and its reason), ``details`` (what a supported claim adds), ``quotes``
(quotation extraction), ``verify`` (a quote against the whole source), ``evidence`` (a verified quote as evidence
for its claim) and ``semantic`` (the optional embedding backend); ``acronyms`` (an acronym and the words that
write it out, for ``match``).
It may import ``text``, ``lang``, ``model``, ``config`` and ``errors``; never ``outputs``, ``report`` or ``api``.
"""
