import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch extract — not available yet',
  async run() { throw new NotAvailableYet('extract'); },
};
export default command;
