/** `npm run sheet:export`: see commands.ts. */
import { runCliAsync } from '../data/cli';
import { exportCommand } from './commands';

runCliAsync('sheet:export', () => exportCommand(process.argv, console));
