// A commander command whose options and action are added only when it is
// needed: when it runs, or when its own help is shown. `eco --help` lists each
// command by its name, arguments and description alone, and making the ninety
// options of all ten would be most of the time eco's command line takes to
// build. The program is a DeferredCommand too, so its subcommands are; its
// preSubcommand hook completes the one invoked.
import { Command, Help } from 'commander';

export class DeferredCommand extends Command {
  #complete: ((command: this) => void) | undefined;

  override createCommand(name?: string): DeferredCommand {
    return new DeferredCommand(name);
  }

  /** Adds options (at least one) and the action when the command is first needed. */
  later(complete: (command: this) => void): this {
    this.#complete = complete;
    return this;
  }

  /** Adds what later() left, once. */
  complete(): this {
    const complete = this.#complete;
    this.#complete = undefined;
    complete?.(this);
    return this;
  }

  /** Whether later() has left options to add. */
  get deferred(): boolean {
    return this.#complete !== undefined;
  }

  /** `eco help validate` shows the help without invoking the command: complete it first. */
  override helpInformation(context?: Parameters<Command['helpInformation']>[0]): string {
    this.complete();
    return super.helpInformation(context);
  }
}

/**
 * How a parent lists a subcommand: `validate [options] <input>`. commander
 * writes `[options]` when the command has options, which a deferred one has
 * not yet; its usage (`[options] <input>`) says so already.
 */
export function subcommandTerm(this: Help, command: Command): string {
  return command instanceof DeferredCommand && command.deferred ? `${command.name()} ${command.usage()}` : Help.prototype.subcommandTerm.call(this, command);
}
