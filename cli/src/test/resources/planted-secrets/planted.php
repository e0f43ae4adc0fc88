<?php
const ZOHO_GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create";
const CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=b760e0c7988b4ccbfdcfeb8547074b56";
const CLIQ_WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.a661e48adb11a84f94d0abdaa6d7bb3e.ab5e36785df61c9c5f30664e23e0c724";
$zohoClientSecret = 'e1a2307da0c72a3a1aba73ccd077aa7c0a3d7747c7';
$zohoRefreshToken = '1000.5ae4b33690cae13b9e55f00b7e4f7d16.e29bd8aa267270b308076672780c8384';

function zoho_login() {
    $password = 'Pw 92b71a 4333ea!';
    $params = array('scope' => 'crmapi', 'EMAIL_ID' => 'ops6b441d@mcd8e.io', 'PASSWORD' => 'Pw 92b71a 4333ea!');
    return curl_post(ZOHO_GENERATOR, $params);
}

function zoho_refresh() {
    return curl_post('https://accounts.zoho.com/oauth/v2/token', [
        'grant_type' => 'refresh_token',
        'client_id' => '1000.PLANTEDCLIENT',
        'client_secret' => 'e1a2307da0c72a3a1aba73ccd077aa7c0a3d7747c7',
        'refresh_token' => '1000.5ae4b33690cae13b9e55f00b7e4f7d16.e29bd8aa267270b308076672780c8384',
    ]);
}
