/**
 * A short two-tone beep made with WebAudio: no sound file to download or host. Browsers allow
 * audio only after the person interacted with the page; without that it stays silent.
 */
let context: AudioContext | null = null;

export function playBeep(): void {
  try {
    context ??= new AudioContext();
    const audio = context;
    if (audio.state === "suspended") void audio.resume();
    const start = audio.currentTime;
    for (const [offset, frequency] of [[0, 880], [0.25, 660]] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.22);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.25);
    }
  } catch {
    // No audio device or not allowed: the visual cue is enough.
  }
}
