"""Speech: engines (espeak-ng, pyttsx3), the synthesis worker process, the WAV cache,
and the window's one voice (``WindowVoice``) with the lesson's sentence cursor
(``ReadAloud``) and the short-text speaker (``VoiceSpeaker``) on it.

See docs/speech.md and docs/requirements.md#read-aloud.
"""
