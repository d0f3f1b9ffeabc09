import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 100;

/** Counts failed sign-ins in PostgreSQL, so the limit holds across API processes. Successful sign-ins are not counted. */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource) {
    const pool = (dataSource.driver as PostgresDriver).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'login_failures', tableCreated: true, duration: WINDOW_SECONDS };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: MAX_FAILURES_PER_ACCOUNT });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: MAX_FAILURES_PER_ADDRESS });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    if (exhausted(account, MAX_FAILURES_PER_ACCOUNT) || exhausted(ip, MAX_FAILURES_PER_ADDRESS)) {
      throw new HttpException('Too many failed attempts to sign in. Wait 15 minutes and try again.', HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

function exhausted(result: RateLimiterRes | null, limit: number): boolean {
  return result !== null && result.consumedPoints >= limit;
}
