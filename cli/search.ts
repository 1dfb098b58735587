import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch search — not available yet',
  async run() { throw new NotAvailableYet('search'); },
};
export default command;
