DossierSearch.shard("an", {"anchorage":"0.6,2.4","angela":"2.9","angered":"4.6","annals":"1.6","annexation":"3.6","annoyance":"3.6","anti":"1.4,3.7","antony":"0.9"});
