"""What the companion offers between check-ins: journaling, the weekly plan, small steps.

Grounding needs no code: it is all in flows/ground.yaml.
"""
