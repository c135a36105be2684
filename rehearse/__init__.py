"""rehearse: a local-first voice coach for behavioral interview answers."""

__version__ = "0.1.0"
