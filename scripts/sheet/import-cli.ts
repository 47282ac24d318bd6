/** `npm run sheet:import`: see commands.ts. */
import { runCliAsync } from '../data/cli.ts';
import { importCommand } from './commands.ts';

runCliAsync('sheet:import', () => importCommand(process.argv, console));
