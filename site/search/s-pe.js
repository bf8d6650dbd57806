DossierSearch.shard("pe", {"peer":"1.6","people":"2.4,2.4","peopl~":"2.4,2.4","perceived":"0.6","perceiv~":"0.6","perception":"4.9","percept~":"4.9","period":"3.6"});
