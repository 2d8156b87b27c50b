import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { Repository } from 'typeorm';
import { SavedCard } from './saved-card.entity';

export class CardDto {
  holderName!: string;
  cardNumber!: string;
  expMonth!: number;
  expYear!: number;
  cvc!: string;
}

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);

  constructor(
    @Inject('STRIPE_CLIENT') private readonly stripe: Stripe,
    @InjectRepository(SavedCard) private readonly cards: Repository<SavedCard>,
  ) {}

  async addCard(customerId: string, dto: CardDto): Promise<SavedCard> {
    this.logger.debug(`adding card for ${customerId}: ${JSON.stringify(dto)}`); // expect: no-card-data-logging (the whole card DTO, its type declared above)
    const paymentMethod = await this.stripe.paymentMethods.create({
      type: 'card',
      card: {
        number: dto.cardNumber, // expect: no-raw-card-data
        exp_month: dto.expMonth,
        exp_year: dto.expYear,
        cvc: dto.cvc, // expect: no-raw-card-data
      },
    } as Stripe.PaymentMethodCreateParams);
    await this.stripe.paymentMethods.attach(paymentMethod.id, { customer: customerId });
    const saved = this.cards.create({
      customerId,
      paymentMethodId: paymentMethod.id,
      brand: paymentMethod.card!.brand,
      last4: paymentMethod.card!.last4,
      expMonth: paymentMethod.card!.exp_month,
      expYear: paymentMethod.card!.exp_year,
    });
    this.logger.log(`saved card ${saved.brand} ****${saved.last4}`);
    return this.cards.save(saved);
  }

  async chargeSaved(customerId: string, paymentMethodId: string, amount: number) {
    const intent = await this.stripe.paymentIntents.create({
      amount,
      currency: 'eur',
      customer: customerId,
      payment_method: paymentMethodId,
      off_session: true,
      confirm: true,
    });
    this.logger.log(`charged ${intent.id}`);
    return intent;
  }

  async legacyCharge(amount: number, dto: CardDto) {
    this.logger.warn('legacy charge path', { cvc: dto.cvc }); // expect: no-card-data-logging
    return this.stripe.paymentIntents.create({
      amount,
      currency: 'eur',
      confirm: true,
      payment_method_data: {
        type: 'card',
        card: { number: dto.cardNumber, exp_month: dto.expMonth, exp_year: dto.expYear }, // expect: no-raw-card-data
      },
    } as never);
  }
}
