import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch serve — not available yet',
  async run() { throw new NotAvailableYet('serve'); },
};
export default command;
