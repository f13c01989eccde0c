"""Electronic scales: protocol codecs, serial transport, detection, polling and stable-weight capture.

Everything here is Qt-free and blocking; the Qt adapter in ``postdesk.devices.qt`` runs it off
the GUI thread.
"""
