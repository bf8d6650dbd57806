DossierSearch.shard("at", {"attack":"1.6","attacks":"0.6","attain":"1.6","attempt":"1.4,2.4","attended":"2.6","attention":"0.4,4.4","attitude":"2.6"});
