import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch digest — not available yet',
  async run() { throw new NotAvailableYet('digest'); },
};
export default command;
