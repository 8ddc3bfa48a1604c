"""Every feature of the companion, one folder each; bot/features/catalogue.py lists them, in
the order the app registers them.

This package's own module loads nothing: every feature (and the crisis path, in bot/safety)
imports ``bot.features.feature``, which runs this first, so a list of features here would
import each feature while the first one is still half loaded.
"""
