import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch worker — not available yet',
  async run() { throw new NotAvailableYet('worker'); },
};
export default command;
