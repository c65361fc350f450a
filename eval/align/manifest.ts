/**
 * The few fields of an evaluation set's event.json / event-scheduled.json that the baselines read.
 * Read loosely: recap itself validates manifests.
 */
export interface EvalManifestSession {
  id: string;
  title: string;
  description?: string;
  start?: string;
  end?: string;
}

export interface EvalManifestRecording {
  id: string;
  captions: string;
  startsAt?: string;
  sessions?: string[];
  url?: string;
}

export interface EvalManifest {
  id: string;
  title: string;
  timezone?: string;
  date?: string;
  sessions: EvalManifestSession[];
  recordings: EvalManifestRecording[];
}
