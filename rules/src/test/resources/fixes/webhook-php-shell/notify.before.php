<?php
// Called by the order system after each refund.
function notify_refund($orderId) {
    $url = 'https://cliq.zoho.com/api/v2/channelsbyname/refunds/message?authtoken=' . getenv('CLIQ_AUTHTOKEN');
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['text' => "Refund for order $orderId"]));
    curl_exec($ch);
}
