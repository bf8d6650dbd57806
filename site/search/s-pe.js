DossierSearch.shard("pe", {"peer":"4.6","people":"1.4,2.4","perceived":"0.6","perception":"3.9","period":"2.6"});
