"""Speech: engines (espeak-ng, pyttsx3), the synthesis worker process, the WAV cache,
and the Qt player that reads a lesson sentence by sentence (design §4)."""
