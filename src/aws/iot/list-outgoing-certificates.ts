import { ListOutgoingCertificatesCommand, type IoTClient } from '@aws-sdk/client-iot';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages } from '../pagination.js';
import { MAX_CERTIFICATES_PER_REGION } from './list-pending-certificates.js';

/** A certificate this account is transferring away (ListOutgoingCertificates). */
export interface OutgoingCertificate {
  readonly certificateId: string;
  readonly certificateArn?: string | undefined;
  /** The destination account. */
  readonly transferredTo?: string | undefined;
  /** ISO-8601. */
  readonly transferDate?: string | undefined;
  /** Written by this account when it started the transfer. */
  readonly transferMessage?: string | undefined;
  /** ISO-8601. */
  readonly creationDate?: string | undefined;
}

export const LIST_OUTGOING_CERTIFICATES_PAGE_SIZE = 250;

/** Outgoing transfers are the account's own certificates: the same bound as ListCertificates. */
export const LIST_OUTGOING_CERTIFICATES_MAX_PAGES = Math.ceil((MAX_CERTIFICATES_PER_REGION / LIST_OUTGOING_CERTIFICATES_PAGE_SIZE) * 1.1);

export async function listOutgoingCertificates(iot: IoTClient): Promise<OutgoingCertificate[]> {
  return collectPages(
    'IoT ListOutgoingCertificates',
    (marker) => iot.send(new ListOutgoingCertificatesCommand({ pageSize: LIST_OUTGOING_CERTIFICATES_PAGE_SIZE, ...(marker === undefined ? {} : { marker }) })),
    (page) => ({
      items: (page.outgoingCertificates ?? []).flatMap((certificate) => {
        const certificateId = nonEmpty(certificate.certificateId);
        if (certificateId === undefined) return [];
        return [{
          certificateId,
          certificateArn: nonEmpty(certificate.certificateArn),
          transferredTo: nonEmpty(certificate.transferredTo),
          transferDate: isoDate(certificate.transferDate),
          transferMessage: nonEmpty(certificate.transferMessage),
          creationDate: isoDate(certificate.creationDate),
        }];
      }),
      next: page.nextMarker,
    }),
    LIST_OUTGOING_CERTIFICATES_MAX_PAGES,
  );
}
