import { NotAvailableYet, type Command } from './command.js';

const command: Command = {
  summary: '',
  usage: 'labourwatch crawl — not available yet',
  async run() { throw new NotAvailableYet('crawl'); },
};
export default command;
