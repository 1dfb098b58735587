import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch demo — not available yet',
  async run() { throw new NotAvailableYet('demo'); },
};
export default command;
