/** `npm run sheet:export`: see commands.ts. */
import { runCliAsync } from '../data/cli.ts';
import { exportCommand } from './commands.ts';

runCliAsync('sheet:export', () => exportCommand(process.argv, console));
