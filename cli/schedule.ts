import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch schedule — not available yet',
  async run() { throw new NotAvailableYet('schedule'); },
};
export default command;
