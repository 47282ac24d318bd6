/** `npm run sheet:import`: see commands.ts. */
import { runCliAsync } from '../data/cli';
import { importCommand } from './commands';

runCliAsync('sheet:import', () => importCommand(process.argv, console));
