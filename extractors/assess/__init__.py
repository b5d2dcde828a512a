"""Turning findings into what each user needs next: prompts, the score, the guide, the quick read."""
