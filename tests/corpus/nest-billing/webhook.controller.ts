import { BadRequestException, Controller, Headers, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' as Stripe.LatestApiVersion });

@Controller('stripe')
export class WebhookController {
  @Post('webhook')
  handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch (err) {
      throw new BadRequestException(`Webhook Error: ${(err as Error).message}`);
    }
    switch (event.type) {
      case 'payment_intent.succeeded':
        return this.onPaid(event.data.object as Stripe.PaymentIntent);
      default:
        return { received: true };
    }
  }

  private onPaid(intent: Stripe.PaymentIntent) {
    return { received: true, id: intent.id };
  }
}
