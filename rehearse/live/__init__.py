"""Live practice: one spoken answer from a source to a Report, transcribed while it is spoken.

Capture runs on the main thread (capture.py): each block from a source (sources.py: the microphone
or a file played at real-time pace) goes to the Endpointer (endpointer.py), which judges every
30 ms frame once with webrtcvad and keeps the answer's samples; those go to the WAV on disk and,
with their verdicts, to a windows.Stream, whose closed windows a worker thread (worker.py)
transcribes while the speaker goes on. When the answer ends only the last stretch of speech is
left to transcribe, and the words are already in one Transcript whose times are seconds of the
saved WAV, as `rehearse analyze` on that file would give them. panel.py is what the speaker sees;
recordings.py is where recordings go (each created exclusively, locked while its run
lives, offered back when a killed run left it unfinished) and which prompt comes next.
answers.py runs a command's answers one after another (the first, its follow-ups, an interview
loop) with the model loaded once; scorecard.py chooses an interview's prompts and scores it.
"""
