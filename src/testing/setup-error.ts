import { SequrityError } from '../errors/index.js';

/** A problem setting up the emulator: a missing optional dependency, bad options, or a recording it cannot read. */
export class EmulatorSetupError extends SequrityError {
  override readonly name = 'EmulatorSetupError' as const;
}
